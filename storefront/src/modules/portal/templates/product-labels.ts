import type { Messages } from "@/i18n"
import type { ProductFormLabels } from "@/modules/portal/components/product-forms"

/** The product form's labels from the catalogue, with the submit button's text. */
export function productFormLabels(t: Messages["portal"]["products"], submit: string): ProductFormLabels {
  return {
    sectionBasics: t.sectionBasics,
    sectionBrand: t.sectionBrand,
    titleZh: t.titleZh,
    titleEn: t.titleEn,
    descriptionZh: t.descriptionZh,
    descriptionEn: t.descriptionEn,
    brand: t.brand,
    brandNone: t.brandNone,
    brandHint: t.brandHint,
    noBrands: t.noBrands,
    categories: t.categories,
    images: t.images,
    imagesHint: t.imagesHint,
    errorImageSize: t.errorImageSize,
    currentImages: t.currentImages,
    imageAlt: t.imageAlt,
    selenium: t.selenium,
    serving: t.serving,
    firstVariant: t.firstVariant,
    variantTitle: t.variantTitle,
    variantTitleHint: t.variantTitleHint,
    sku: t.sku,
    gtin: t.gtin,
    gtinHint: t.gtinHint,
    price: t.price,
    priceHint: t.priceHint,
    stock: t.stock,
    addVariantNote: t.addVariantNote,
    sectionShipping: t.sectionShipping,
    temperatureClass: t.temperatureClass,
    temperatureClassHint: t.temperatureClassHint,
    temperatureOptions: [
      { value: "ambient", label: t.temperatureAmbient },
      { value: "chilled", label: t.temperatureChilled },
      { value: "frozen", label: t.temperatureFrozen },
    ],
    perishable: t.perishable,
    submit,
  }
}
