x = obj.
