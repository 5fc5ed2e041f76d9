total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
x = 'global'
def show():
    print(x)
show()
def shadow():
    x = 'local'
    return x
print(shadow(), x)
