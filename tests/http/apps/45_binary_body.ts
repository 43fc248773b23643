// Binary bodies: a Uint8Array, a subarray, a DataView and an ArrayBuffer are written as their bytes.
const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0xc3, 0x28);
const server = Http.createServer((req, res) => {
  if (req.path === '/quit') { res.end('bye'); server.destroy(); return; }
  if (req.path === '/png') {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(png.length) });
    res.end(png);
  } else if (req.path === '/chunks') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    res.write(png.subarray(0, 4));
    const buf = new ArrayBuffer(6);
    new DataView(buf).setUint32(0, 0xdeadbeef);
    res.write(new DataView(buf, 1, 3));
    res.write(new Uint16Array([0x4142, 0x4344]));
    res.end(buf);
  } else if (req.path === '/echo') {
    // the body's UTF-8 bytes, reversed: no longer valid UTF-8
    res.end(new TextEncoder().encode(req.body).reverse());
  } else {
    res.end(png.subarray(8));
  }
}).listen('127.0.0.1:18445');
