// CR/LF in a header value would split the request: it throws.
print('before');
Http.request({ hostname: '127.0.0.1', port: 18690, headers: { 'X-Evil': 'a\r\nInjected: yes' } }).end();
print('not reached');
