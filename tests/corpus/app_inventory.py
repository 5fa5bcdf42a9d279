# Inventory management: classes, dicts, sorting, formatted reports, errors.

class OutOfStock(Exception):
    pass

class Product:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = list(tags)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Product(%r, qty=%d)" % (self.sku, self.qty)

class Inventory:
    def __init__(self):
        self.products = {}
        self.log = []

    def add(self, product):
        if product.sku in self.products:
            raise KeyError("duplicate sku " + product.sku)
        self.products[product.sku] = product

    def restock(self, sku, n):
        self.products[sku].qty += n
        self.log.append(("restock", sku, n))

    def sell(self, sku, n):
        p = self.products[sku]
        if p.qty < n:
            raise OutOfStock("%s: wanted %d, have %d" % (p.name, n, p.qty))
        p.qty -= n
        self.log.append(("sell", sku, n))
        return p.price * n

    def by_tag(self):
        tags = {}
        for p in self.products.values():
            for t in p.tags:
                tags.setdefault(t, []).append(p.sku)
        return {t: sorted(skus) for t, skus in sorted(tags.items())}

    def report(self):
        lines = ["%-6s %-14s %8s %5s %10s" % ("SKU", "Name", "Price", "Qty", "Value")]
        for p in sorted(self.products.values(), key=lambda p: (-p.value, p.sku)):
            lines.append("%-6s %-14s %8.2f %5d %10.2f" % (p.sku, p.name, p.price, p.qty, p.value))
        lines.append("%-6s %-14s %8s %5d %10.2f" % ("", "TOTAL", "", sum(p.qty for p in self.products.values()),
                                                 sum(p.value for p in self.products.values())))
        return "\n".join(lines)

inv = Inventory()
inv.add(Product("A1", "Hammer", 12.5, 10, ["tools"]))
inv.add(Product("B2", "Nails (100)", 3.25, 200, ["tools", "bulk"]))
inv.add(Product("C3", "Paint 1L", 9.99, 0, ["paint"]))
inv.add(Product("D4", "Brush", 4.0, 25, ["paint", "tools"]))
try:
    inv.add(Product("A1", "Dup", 1))
except KeyError as e:
    print("KeyError:", e)

revenue = 0.0
for sku, n in [("A1", 3), ("C3", 1), ("B2", 150), ("D4", 30), ("ZZ", 1)]:
    try:
        revenue += inv.sell(sku, n)
        print("sold", n, sku)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
inv.restock("C3", 12)
print("revenue %.2f" % revenue)
print(inv.report())
print(inv.by_tag())
print(inv.log)
print(sorted(inv.products.values(), key=lambda p: p.name))
