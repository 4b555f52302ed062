"use strict"
const path = require("node:path")

/**
 * Where the label font lies on disk: resolved through this package, so it is found the same way
 * from the backend's sources, its jest tests and the built server (.medusa/server/node_modules).
 */
exports.labelFontPath = path.join(__dirname, "NotoSansSC-Labels.otf")
