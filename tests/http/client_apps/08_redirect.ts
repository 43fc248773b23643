// Redirects are returned as they are, not followed.
Http.get({ hostname: '127.0.0.1', port: 18690, path: '/redirect' }, function (res) {
  print(res.statusCode, res.headers['location'], JSON.stringify(res.body));
});
