# An uncaught ExceptionGroup; stderr ends with the group's box-drawing footer.

def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is empty"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError("age must be an int"))
    if problems:
        raise ExceptionGroup(f"record {record.get('id')} invalid", problems)
    return True

records = [{"id": 1, "name": "ann", "age": 30}, {"id": 2, "name": "", "age": 5},
           {"id": 3, "name": "", "age": "old"}]
for r in records[:2]:
    try:
        print(r["id"], validate(r))
    except* ValueError as eg:
        print(r["id"], "value problems:", [str(e) for e in eg.exceptions])

print("validating the last record without a handler")
validate(records[2])
