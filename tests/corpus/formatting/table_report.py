# A formatted report combining several formatting styles
sales = [
    ("North", 12, 1532.5, 0.153),
    ("South", 7, 899.99, -0.021),
    ("East", 150, 20412.0, 0.5),
    ("West", 0, 0.0, 0.0),
    ("Central-Metropolitan", 3, 45.125, 1.25),
]
header = "{:<12}|{:>5}|{:>12}|{:>8}".format("Region", "Units", "Revenue", "Growth")
print(header)
print("-" * len(header))
total_units = 0
total_rev = 0.0
for region, units, revenue, growth in sales:
    label = region if len(region) <= 12 else region[:11] + "~"
    print(f"{label:<12}|{units:>5d}|{revenue:>12,.2f}|{growth:>+8.1%}")
    total_units += units
    total_rev += revenue
print("=" * len(header))
print("%-12s|%5d|%12s|%8s" % ("TOTAL", total_units, format(total_rev, ",.2f"), ""))
print("Average revenue: %.3f" % (total_rev / len(sales)))
print("Best: {0[0]} with {0[2]:.1f}".format(max(sales, key=lambda r: r[2])))
print("Hex id list: " + ", ".join(f"{i:#04x}" for i in range(0, 64, 13)))
print("Bars:")
for region, units, _, _ in sales:
    print(f"  {region[:5]:>5} {'#' * (units // 10):<15}{units:>4}")
print("{:=^40}".format(" END "))
