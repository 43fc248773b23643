// A port that is not a number throws.
print('before');
const port = Number('eighty');
Http.request({ hostname: '127.0.0.1', port: port }).end();
print('not reached');
