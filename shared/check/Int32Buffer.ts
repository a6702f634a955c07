/** A growable array of 32-bit integers: millions of word ids without millions of boxed numbers. */
export class Int32Buffer {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far, in a right-sized array. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
