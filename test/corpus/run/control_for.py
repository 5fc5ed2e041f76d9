for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
else:
    print('outer done')
for x in []:
    print('never')
else:
    print('empty else')
for i, c in enumerate('abc', start=1):
    print(i, c)
