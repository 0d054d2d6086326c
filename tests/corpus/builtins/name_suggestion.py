# An uncaught NameError whose traceback suggests a similar name
def total_length(items):
    length = 0
    for item in items:
        length += len(item)
    return length

print(total_length(["ab", "cde"]))
words = ["alpha", "beta"]
number_of_words = len(words)
print("words:", number_of_words)

def report():
    print("about to fail")
    return number_of_word + 1

try:
    print(number_of_wrds)
except NameError as e:
    print("caught:", e)
print("the suggestion only appears in the traceback")
report()
print("not reached")
