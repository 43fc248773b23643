class Config {
  static port = 0;
  static {
    Config.port = 8000;
  }
}
print(Config.port);
// expect: TSFW1001 3:3
