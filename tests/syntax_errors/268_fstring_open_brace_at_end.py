x = f"abc {"
