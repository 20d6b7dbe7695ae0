// What the start:web server's same-origin proxies (Prometheus, git) share: they answer only the
// page this server serves, read bounded JSON bodies and answer JSON that is never cached.

/** A Host (or an Origin without its scheme) naming this loopback server. */
function loopbackHost(host, port) {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Whether a request comes from this server's own page: its Host is this server, and its Origin,
 * when the browser sends one, too (not another site in the same browser, nor DNS rebinding).
 */
export function fromThisPage(req, port) {
  const origin = req.headers.origin;
  return (
    loopbackHost(req.headers.host, port) &&
    (origin === undefined || loopbackHost(origin.replace(/^http:\/\//, ''), port))
  );
}

/** The request's body as text, refused past `maxBytes`. */
export function readBody(req, maxBytes) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
