// A bad URL throws at once (before anything is sent); the program ends.
print('before');
Http.request('foo', function (res) { print(res.statusCode); }).end();
print('not reached');
