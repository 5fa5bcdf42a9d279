# bytes.hex(), bytes.fromhex(), decode, and conversions between str and bytes.

b = bytes([0, 15, 16, 255, 171])
print(b.hex(), bytearray(b).hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"))
print(bytes.fromhex(b.hex()) == b)
print(b"hello".hex(), "hello".encode().hex())
print(b"\x01\x02".hex() + "|" + b"".hex() + "|")

data = "Zürich".encode("utf-8")
print(data, data.hex(), data.decode("utf-8"))
print(len("Zürich"), len(data))

# building hex dump
msg = b"Hello, bytes!\x00\x01"
for off in range(0, len(msg), 8):
    chunk = msg[off:off + 8]
    hexpart = " ".join("%02x" % x for x in chunk)
    text = "".join(chr(x) if 32 <= x < 127 else "." for x in chunk)
    print("%04x  %-23s  %s" % (off, hexpart, text))

# int <-> bytes via hex
n = 0xCAFE
print(hex(n), bytes.fromhex("%04x" % n), int(b"\xca\xfe".hex(), 16))

try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError raised for bad hex:", type(e).__name__)

print(str(b"abc", "utf-8"), b"abc".decode("utf-8"), bytes("abc", "ascii"))
print(bytes([104, 105]).decode())
