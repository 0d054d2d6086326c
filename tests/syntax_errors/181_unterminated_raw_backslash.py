p = r'C:\temp\'
