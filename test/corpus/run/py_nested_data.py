data = {'layers': [{'name': 'fc1', 'shape': (784, 128)}, {'name': 'fc2', 'shape': (128, 10)}], 'lr': 1e-3}
for layer in data['layers']:
    print(layer['name'], layer['shape'], layer['shape'][0] * layer['shape'][1])
print(sum(a * b for a, b in (l['shape'] for l in data['layers'])), data['lr'], data)
