// A listen error with no 'error' handler ends the program with code 1.
print('before');
Http.createServer((req, res) => { res.end('never'); }).listen('not-an-address');
print('after listen');
