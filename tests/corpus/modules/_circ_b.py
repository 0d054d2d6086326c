print("  _circ_b: start")
import _circ_a
print("  _circ_b sees A_EARLY:", _circ_a.A_EARLY)
print("  _circ_b sees A_LATE yet?", hasattr(_circ_a, "A_LATE"))
try:
    from _circ_a import A_LATE
except ImportError as e:
    print("  ImportError on partially initialized module, name:", e.name)
B_VALUE = "b-value"
