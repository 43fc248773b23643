// A device class whose setters check their input with RegExps and keep the last good value.
class Device {
  private name = "device";
  private mac = "00:00:00:00:00:00";
  private pin = "0000";
  rejected: string[] = [];

  setName(v: string): boolean {
    if (!/^[A-Za-z][\w-]{2,15}$/.test(v)) return this.reject("name", v);
    this.name = v;
    return true;
  }
  setMac(v: string): boolean {
    const m = /^([0-9a-f]{2})([:-]?)([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/i.exec(v);
    if (!m) return this.reject("mac", v);
    this.mac = [m[1], m[3], m[4], m[5], m[6], m[7]].join(":").toLowerCase();
    return true;
  }
  setPin(v: string): boolean {
    // four to eight digits, not all the same, not a run such as 1234
    if (!/^\d{4,8}$/.test(v) || /^(\d)\1+$/.test(v) || "0123456789".includes(v)) return this.reject("pin", v);
    this.pin = v;
    return true;
  }
  private reject(field: string, v: string): boolean {
    this.rejected.push(`${field}=${v}`);
    return false;
  }
  describe(): string {
    return `${this.name} ${this.mac} pin:${this.pin.replace(/\d(?=\d{2})/g, "*")}`;
  }
}

const d = new Device();
print(d.setName("Kitchen-1"), d.setName("1bad"), d.setName("ab"), d.setName("living_room"));
print(d.setMac("AA:BB:CC:DD:EE:FF"), d.setMac("aabb.ccdd.eeff"), d.setMac("a1-b2-c3-d4-e5-f6"), d.setMac("a1:b2-c3:d4:e5:f6"));
print(d.setMac("0123456789ab"));
print(d.setPin("1111"), d.setPin("1234"), d.setPin("8531"), d.setPin("12a4"), d.setPin("902137"));
print(d.describe());
print(d.rejected);
