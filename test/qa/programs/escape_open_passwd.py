# Sandbox escape: reading a file
data = open("/etc/passwd").read()
print(data)
