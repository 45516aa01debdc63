/**
 * `tsdl-bench publish --serve`: a small static file server for previewing
 * the dashboard over http (the site also works from file://). GET and HEAD
 * only; directories serve their index.html; nothing outside the served
 * folder is reachable, through `..`, encoded separators or symbolic links.
 */

import { createReadStream, realpathSync, statSync, type Stats } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, isAbsolute, join, relative, resolve } from "node:path";

/** Content types by file extension; anything else is served as bytes. */
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};

/** True when `path` is `root` or inside it (both absolute and normalized). */
function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function fail(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(`${status} ${message}\n`);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    fail(res, 405, "method not allowed");
    return;
  }
  // The raw request target, not `new URL(...)`: URL parsing would quietly
  // resolve `/../x` to `/x`, and such a request deserves a refusal.
  const target = req.url ?? "/";
  const rawPath = target.split(/[?#]/, 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    fail(res, 400, "bad request");
    return;
  }
  if (!path.startsWith("/") || path.includes("\0")) {
    fail(res, 400, "bad request");
    return;
  }
  // Any `..` segment is refused, even one that would stay inside (`/a/../b`);
  // names such as `a..b` are fine.
  const segments = path.replaceAll("\\", "/").split("/");
  const file = resolve(root, "." + segments.join("/"));
  if (segments.includes("..") || !inside(root, file)) {
    fail(res, 403, "forbidden");
    return;
  }
  let stats: Stats;
  let real: string;
  try {
    stats = statSync(file);
    real = realpathSync(file);
  } catch {
    fail(res, 404, "not found");
    return;
  }
  if (!inside(root, real)) {
    fail(res, 403, "forbidden");
    return;
  }
  if (stats.isDirectory()) {
    if (!rawPath.endsWith("/")) {
      // Relative links in index.html resolve against the directory only with the slash.
      res.writeHead(301, { location: rawPath + "/" + target.slice(rawPath.length) });
      res.end();
      return;
    }
    const index = join(real, "index.html");
    try {
      stats = statSync(index);
    } catch {
      fail(res, 404, "not found");
      return;
    }
    real = index;
  }
  if (!stats.isFile()) {
    fail(res, 404, "not found");
    return;
  }
  res.writeHead(200, {
    "content-type": contentTypes[extname(real).toLowerCase()] ?? "application/octet-stream",
    "content-length": stats.size,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(real)
    .on("error", () => res.destroy())
    .pipe(res);
}

/**
 * Serves the folder `dir` on `host:port` (port 0: any free port) until
 * `close()`; `url` ends with a slash (`http://127.0.0.1:41234/`). Rejects
 * when the folder does not exist or the port cannot be bound.
 */
export async function serveSite(
  dir: string,
  port = 0,
  host = "127.0.0.1",
): Promise<{ url: string; close(): Promise<void> }> {
  const root = realpathSync(resolve(dir));
  if (!statSync(root).isDirectory()) throw new Error(`serveSite: ${dir} is not a directory`);
  const server = createServer((req, res) => {
    try {
      handle(root, req, res);
    } catch {
      if (!res.headersSent) fail(res, 500, "internal error");
      else res.destroy();
    }
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" || host.includes(":") ? `[${address.address}]` : host;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolveClose()));
      }),
  };
}
