// An interface with a method is not JSON-shaped.
interface Sensor {
  id: string;
  read(): number;
}
const s = JSON.parse('{"id":"a"}') as Sensor;
print(s.id);
// expect: TSFW1004 6:11
