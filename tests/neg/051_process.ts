// node's process object does not exist on a device.
const port = process.env.PORT;
print(port);
// expect: TSFW1003 2:14
// hint: print or console.log write output
