// print() of the whole response object: { statusCode, headers, body } as node prints it.
Http.request({ hostname: '127.0.0.1', port: 18690, path: '/fixed' }, function (res) {
  print('in reply handler', res);
  print(JSON.stringify(res));
  print(Object.keys(res).join(','), Object.keys(res.headers).join(','));
}).end();
