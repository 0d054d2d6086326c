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

print(validate({"id": 1, "name": "ann", "age": 30}))
validate({"id": 2, "name": "", "age": "old"})
