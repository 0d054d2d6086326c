import json, re, collections
print("imported", json.dumps(sorted(collections.Counter(re.findall(r"\w", "abca")).items())))
