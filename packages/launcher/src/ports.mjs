import net from "node:net"

/** Fails with an actionable message when `port` is taken, before anything else is started. */
export function assertPortFree(port, what, variable) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} for the ${what} is already in use (is Seleno already running?); stop that process or set ${variable}`)
          : error
      )
    )
    server.once("listening", () => server.close(() => resolve()))
    server.listen(port)
  })
}
