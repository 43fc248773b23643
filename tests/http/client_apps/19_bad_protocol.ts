// Only http: and https: are supported.
print('before');
Http.get('ftp://127.0.0.1/file');
print('not reached');
