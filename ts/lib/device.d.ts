// The device API's globals. The compiler adds this file to every program;
// editors pick it up through the app's tsconfig.json. The Node shim
// (ts/lib/shim.ts) implements the same API on node's http module.
//
// Calls map onto the C runtime (components/runtime/api/tsfw_api.h):
//   Http.createServer(h)  -> ts_api_Http_createServer
//   Http.request(o, cb), Http.get(o, cb) -> ts_api_Http_request, ts_api_Http_get
//   setTimeout(f, ms)     -> ts_api_setTimeout  (and the other timer calls)
//   server.listen(...), res.write(...), ...  -> methods of runtime classes

/** Prints its arguments like console.log. */
declare function print(...args: unknown[]): void;

interface Console {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}
declare var console: Console;

// ------------------------------------------------------------- text coding

// TextEncoder and TextDecoder as node and browsers have them, for UTF-8 (the
// ES library has ArrayBuffer, the typed arrays and DataView; these are not in it).

/** Strings to UTF-8 bytes. */
interface TextEncoder {
  /** Always "utf-8". */
  readonly encoding: string;
  /** The UTF-8 bytes of input; a lone surrogate becomes U+FFFD. */
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoderOptions {
  /** Throw a TypeError on invalid UTF-8 instead of decoding it as U+FFFD. */
  fatal?: boolean;
  /** Keep a leading byte order mark instead of dropping it. */
  ignoreBOM?: boolean;
}

/** UTF-8 bytes to strings. */
interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  /** The text of a typed array, DataView or ArrayBuffer; "" without one. */
  decode(input?: ArrayBufferLike | ArrayBufferView): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  /** label: "utf-8" (the default) or one of its aliases; other encodings throw a RangeError. */
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

/**
 * JSON.parse's result is `unknown` unless the app says what it expects: `JSON.parse(text) as T`,
 * `const x: T = JSON.parse(text)`, a return type. The compiled app checks the parsed value against a
 * JSON-shaped T and throws a TypeError naming the first path that does not match.
 */
interface JSON {
  parse<T = unknown>(text: string): T;
  /** The limits of JSON.parse (tsfw; docs/runtime-library.md). */
  getLimits(): JSONLimits;
  /**
   * Sets the limits given (an integer from 1 to 2^32 - 1 each, else a RangeError; one left out stays
   * as it is) and returns the previous ones. Past a limit, JSON.parse throws a RangeError.
   */
  setLimits(limits: Partial<JSONLimits>): JSONLimits;
}

/** What JSON.parse accepts: a hostile payload cannot exhaust a device's memory. */
interface JSONLimits {
  /** The deepest nesting of arrays and objects (also JSON.stringify's): 64 on devices, 1,000,000 on the host. */
  maxDepth: number;
  /** The longest text, in UTF-8 bytes: 16,384 on devices, 536,870,888 on the host. */
  maxBytes: number;
}

// ---------------------------------------------------------------- platform

/** Where the app runs: a `tsfw build --target`, or "node" under `tsfw sim`. */
type DeviceTarget = "host" | "node" | "qemu-lx106" | "qemu-rv32" | "esp32" | "esp32c3" | "esp8266";

/** Settings of the build, fixed at compile time (tsfw.json of the app's project). */
declare const Device: {
  /** The build target. */
  readonly target: DeviceTarget;
  /** The listen address of tsfw.json for this target: "127.0.0.1:8000" on the host, "0.0.0.0:80" on a chip. */
  readonly listen: string;
  /** The folder of static files: "www" on the host, "/spiffs/www" on a chip. */
  readonly www: string;
};

// ------------------------------------------------------------------ timers

/** Timer ids are plain numbers, on the device and on node (the shim maps them). */
declare function setTimeout(callback: () => void, ms?: number): number;
declare function setInterval(callback: () => void, ms?: number): number;
declare function clearTimeout(id: number | undefined): void;
declare function clearInterval(id: number | undefined): void;

// -------------------------------------------------------------------- HTTP

/** A string-keyed record of header values. */
interface HttpHeaders {
  [name: string]: string;
}

/** The request a server handler receives. */
interface Request {
  /** "GET", "POST", ... */
  readonly method: string;
  /** The request target as sent: "/a%20b?x=1". */
  readonly url: string;
  /** The percent-decoded path without the query: "/a b". */
  readonly path: string;
  /** The raw text after '?', "" when there is none. */
  readonly query: string;
  /** Header names in lower case (as node gives them). */
  readonly headers: HttpHeaders;
  /** The whole request body ("" when there is none). */
  readonly body: string;
  /** "127.0.0.1", "::1", ... */
  readonly remoteAddress: string;
}

/** Mongoose 6 mg_serve_http_opts names. */
interface ServeOptions {
  /** Directory to serve from; default ".". */
  document_root?: string;
  /** Comma list of index files; default "index.html,index.htm". */
  index_files?: string;
  /** "yes" (or true) for an HTML listing of directories without an index. */
  enable_directory_listing?: string | boolean;
  /** Extra response headers, "Name: value" lines separated by "\r\n". */
  extra_headers?: string;
  /** ".ext=type,.ext2=type2". */
  custom_mime_types?: string;
  /** Glob patterns separated by '|' ('*', '**', '?'): such files get 404. */
  hidden_file_pattern?: string;
  /** Comma list of +subnet / -subnet; non-empty denies by default, last match wins. */
  ip_acl?: string;
}

/** The response of one request. */
interface Response {
  /** Status line and headers. Without Content-Length the body is chunked. */
  writeHead(code: number, headers?: HttpHeaders): void;
  /** Body data: a string as UTF-8, a Uint8Array (or any typed array, DataView or ArrayBuffer) as its
   *  bytes, another object as its JSON. May be called many times.
   *  Returns false once the bytes queued for the client reach the high-water
   *  mark (16 KB on the host, 4 KB on a device; they are queued all the same):
   *  wait for 'drain' before writing more. A write that would take the queue
   *  past the send buffer limit (1 MB on the host, 16 KB on a device) queues
   *  nothing and gives the response up: a 500 if its head was not sent, else
   *  a truncated response and a closed connection. That error goes to
   *  on('error') or, without a listener, is thrown by write() or end(). */
  write(data: string | Uint8Array | object): boolean;
  /** Finishes the response, optionally writing data first (as write() does). */
  end(data?: string | Uint8Array | object): void;
  /** Serves the request from the file system (Mongoose 6 semantics). */
  serve(opts?: ServeOptions): void;
  /** 'drain': everything queued has been sent, after a write() returned false. */
  on(event: "drain", callback: () => void): Response;
  /** 'error': a write over the send buffer limit (see write), from the event loop. */
  on(event: "error", callback: (err: Error) => void): Response;
}

type ServerEvent = "connection" | "close" | "error";

interface Server {
  /** A port number or "IP:PORT" ("127.0.0.1:8000", "[::1]:8000"). */
  listen(address: number | string, opts?: ListenOptions): Server;
  /** The callback receives the connection id (non-standard, as in Mongoose IoT):
   *  'connection' when a client connects, 'close' after its connection closed. */
  on(event: "connection" | "close", callback: (id: number) => void): Server;
  /** 'error': id is the connection, or -1 for the listener (bad or busy
   *  address); message names the request or address. */
  on(event: "error", callback: (id: number, message: string) => void): Server;
  /** Disconnects all clients and closes the listener. */
  destroy(): void;
}

/** Server limits (defaults in brackets), and the HTTPS options of issue 4. */
interface ListenOptions {
  /** Request line + headers, bytes: 431 beyond [8192]. */
  max_header_size?: number;
  /** Request body, bytes: 413 beyond [1048576]. */
  max_body_size?: number;
  /** Concurrent connections [64]; see max_connections_per_address. */
  max_connections?: number;
  /** Keep-alive idle time before the server closes [5000]. */
  idle_timeout_ms?: number;
  /** Slow client: first byte to complete request, else 408 [10000]. */
  request_timeout_ms?: number;
  /** A response that makes no progress (handler never ends) is closed [30000]. */
  response_timeout_ms?: number;
  /** The whole request head, from a new connection or the head's first byte: 408 beyond [4000]. */
  header_timeout_ms?: number;
  /** Bytes/s a response's queued bytes must leave at, measured over send_rate_window_ms
   *  while any are queued: a client that reads more slowly is closed [256]; 0 for none. */
  min_send_rate?: number;
  /** The window of min_send_rate [10000]. */
  send_rate_window_ms?: number;
  /** Connections one client address may hold [16]. When this or max_connections is
   *  reached, the connection that has gone longest without a complete request (idle,
   *  or still sending its head) is closed for the newcomer; 503 if all are being answered. */
  max_connections_per_address?: number;
  ssl_cert?: string;
  ssl_key?: string;
  ssl_ca_cert?: string;
}

// ------------------------------------------------------------ HTTP client

/** Options of Http.request / Http.get (node's names, plus the device's TLS ones). */
interface RequestOptions {
  /** Name or IP address of the server [localhost]; `host` is an alias. */
  hostname?: string;
  host?: string;
  /** [80], or [443] for https. */
  port?: number;
  /** Request target with the query ["/"]. */
  path?: string;
  /** ["GET"] */
  method?: string;
  /** Request headers (values in printable ASCII); Host, Accept-Encoding:
   *  identity (the body is not decoded), Content-Length and Connection: close
   *  are added unless given. */
  headers?: HttpHeaders;
  /** ["http:"] */
  protocol?: "http:" | "https:";
  /** Trusted roots (PEM bundle) for https [ca.pem; TSFW_CA_FILE on the host].
   *  The server's certificate is always verified (chain, dates, host name). */
  ca_file?: string;
  /** Name to verify in the server's certificate and to send as SNI [the host];
   *  for connecting to an IP address while checking a name (node's option). */
  servername?: string;
  /** Client certificate and its key (PEM), for servers that ask for one. */
  ssl_cert?: string;
  ssl_key?: string;
  /** Milliseconds without progress before the request fails (as setTimeout(ms)). */
  timeout?: number;
  /** Milliseconds for the whole request, from start to the complete response,
   *  however the server trickles it; then it fails with an error [300000];
   *  0 for none. */
  deadline_ms?: number;
  /** The body as bytes, unchanged (images, invalid UTF-8): 'data' chunks are
   *  Uint8Arrays and the response has `bytes` (its `body` is "") [false]. */
  binary?: boolean;
  /** Largest response (headers + body) kept in memory [1048576]; bigger is
   *  an error. Not applied to a body streamed with on('data'). */
  max_response_size?: number;
  /** Smaller TLS records (512, 1024, 2048 or 4096) for devices with little RAM
   *  (asked of the server; the node shim cannot ask and ignores it). */
  tls_max_fragment_len?: number;
}

/** The complete response, a plain object (print() shows it like node). */
interface ClientResponse {
  readonly statusCode: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  readonly headers: HttpHeaders;
  /** The body decoded as UTF-8 ("" when it was streamed with on('data') or
   *  the request had binary: true). */
  readonly body: string;
  /** The body's bytes, with binary: true (empty when streamed); absent otherwise. */
  readonly bytes?: Uint8Array;
}

/**
 * One request. Nothing is sent before end(); the object stays alive until
 * the exchange is over, even when the app keeps no reference to it.
 *
 * Errors (connection refused, DNS, TLS verification, timeout, deadline, early
 * close, response or request body too large) go to on('error'). Without an 'error' listener the
 * message is printed to stderr ("Http.request: <message>") and the app
 * keeps running: on a device one failed request must not end the program.
 */
interface ClientRequest {
  /** Body data, buffered until end(): a string as UTF-8, a typed array, DataView or ArrayBuffer as its
   *  bytes, another object as its JSON. At most 1048576 bytes in all: more fails the request with
   *  "request body larger than 1048576 bytes" (on('error')), and nothing is sent. */
  write(data: string | Uint8Array | object): ClientRequest;
  /** Sends the request (with Content-Length), optionally writing data first. */
  end(data?: string | Uint8Array | object): ClientRequest;
  on(event: "error", callback: (err: Error) => void): ClientRequest;
  /** Streams the body: chunks as they arrive (UTF-8 characters are never
   *  split between chunks); then the response callback gets body "". */
  on(event: "data", callback: (chunk: string) => void): ClientRequest;
  /** With binary: true, the chunks are Uint8Arrays, as they arrived. */
  on(event: "data", callback: (chunk: Uint8Array) => void): ClientRequest;
  /** ms without progress: callback runs, then the request fails with a timeout error. */
  setTimeout(ms: number, callback?: () => void): ClientRequest;
  /** Cancels the request: no callback of it runs after this. */
  abort(): void;
}

declare namespace Http {
  function createServer(handler: (req: Request, res: Response) => void): Server;
  /** A request to options or a URL ("http://host:port/path?q", "https://[::1]/").
   *  A bad URL or bad options throw an Error at once. Call end() to send it. */
  function request(options: RequestOptions | string, callback?: (res: ClientResponse) => void): ClientRequest;
  /** Like request(), and calls end() itself. */
  function get(options: RequestOptions | string, callback?: (res: ClientResponse) => void): ClientRequest;
}
