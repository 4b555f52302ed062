export { default } from "@seleno/config/eslint"
