s = "🐍 abc
