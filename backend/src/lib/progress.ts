/** A one-line progress bar on stderr for long scripts (reindex, benchmarks): done/total, rate, ETA. */
export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now()
  let done = 0
  const width = 30
  const render = () => {
    const share = total ? Math.min(1, done / total) : 1
    const filled = Math.round(share * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0
    const line = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s eta ${eta.toFixed(0)}s`
    stream.write(stream.isTTY ? `\r${line}` : `${line}\n`)
  }
  return {
    tick(count: number) {
      done += count
      render()
    },
    finish() {
      if (stream.isTTY) stream.write("\n")
      return { done, seconds: (Date.now() - started) / 1000 }
    },
  }
}
