/** Strings of 发票 on the order page and in the portal; see zh-CN.ts. */
const invoices = {
  title: "发票",
  intro: "每家企业为自己发货的商品分别开具发票。",
  status: { requested: "待开具", issued: "已开具" },
  download: "下载电子发票",
  downloadFor: "下载 {enterprise} 的电子发票",
  personal: "个人",
  company: "单位",
  portal: {
    title: "发票",
    intro: "顾客下单时申请的发票：请为您发货的商品开具电子发票并上传 PDF，顾客即可在订单页下载。",
    empty: "暂无发票申请。",
    order: "订单 #{number}",
    kind: "类型",
    buyerTitle: "抬头",
    taxpayerId: "纳税人识别号",
    status: "状态",
    file: "电子发票（PDF）",
    fileFor: "订单 #{number} 的电子发票（PDF）",
    upload: "上传",
    reupload: "重新上传",
    uploaded: "电子发票已上传，顾客可以下载了。",
    download: "查看 PDF",
    errors: {
      invoice_file_not_pdf: "文件 {file} 不是完整的 PDF，请上传电子发票的 PDF 文件。",
      invoice_file_missing: "请选择要上传的 PDF 文件。",
      invoice_not_your_part: "找不到这张发票：它不属于贵企业。",
      generic: "上传失败，请稍后重试。",
    },
  },
}

export default invoices
