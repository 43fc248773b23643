// A default export that names a declaration.
const limits = { maxConnections: 8, timeoutMs: 5000 };
export default limits;
