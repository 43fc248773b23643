// A class of another file, and one of this file whose statics read the other file's
// exports: each file's statics run in order with its other top-level code.
import { Registry, ids, prefix } from "./registry";

let scale = 1;
scale = 3;
class Sensor {
  static unit = "mm";
  static factor = scale * 10;
  static tag = Registry.next();
}
print(Registry.label, Registry.first, prefix);
print(Sensor.unit, Sensor.factor, Sensor.tag, ids);
print(Registry.next(), ids.length);
