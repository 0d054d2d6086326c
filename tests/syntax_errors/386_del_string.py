del "key"
