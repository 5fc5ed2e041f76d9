rows = []
for i in range(1, 4):
    rows.append(' '.join(f'{i * j:3d}' for j in range(1, 6)))
print('\n'.join(rows))
header = '| ' + ' | '.join(['name', 'shape']) + ' |'
print(header, '-' * len(header), sep='\n')
