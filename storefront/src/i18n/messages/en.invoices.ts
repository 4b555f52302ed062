import type zhCN from "./zh-CN.invoices"

/** Strings of invoices (fapiao) on the order page and in the portal; see en.ts. */
const invoices: typeof zhCN = {
  title: "Invoices (fapiao)",
  intro: "Each enterprise issues the invoice for the products it ships.",
  status: { requested: "Requested", issued: "Issued" },
  download: "Download e-invoice",
  downloadFor: "Download {enterprise}'s e-invoice",
  personal: "Personal",
  company: "Company",
  portal: {
    title: "Invoices",
    intro: "Invoices shoppers asked for at checkout: issue the e-invoice for the products you ship and upload its PDF; the shopper then downloads it from the order page.",
    empty: "No invoice requests yet.",
    order: "Order #{number}",
    kind: "Type",
    buyerTitle: "Title",
    taxpayerId: "Taxpayer ID",
    status: "Status",
    file: "E-invoice (PDF)",
    fileFor: "E-invoice (PDF) for order #{number}",
    upload: "Upload",
    reupload: "Upload again",
    uploaded: "E-invoice uploaded; the shopper can download it now.",
    download: "View PDF",
    errors: {
      invoice_file_not_pdf: "{file} is not a complete PDF. Upload the e-invoice as a PDF file.",
      invoice_file_missing: "Choose the PDF file to upload.",
      invoice_not_your_part: "This invoice was not found: it is not your enterprise's.",
      generic: "The upload failed. Please try again later.",
    },
  },
}

export default invoices
