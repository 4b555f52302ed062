// Real, minimal upload files (the backend judges uploads by their bytes): the same builders the
// backend's own tests use, so there is one definition of "a real small PDF".
export { MINIMAL_PNG, minimalPdf } from "../../../backend/src/workflows/enterprise-certificates/__tests__/sample-files"
