# NumPy для начинающих в глубоком обучении — Как связаны NumPy и PyTorch (нужен PyTorch: вычислитель Shapewise его не содержит)
# From the tutorial ../shared/seeds/001 (Russian).
import numpy as np
import torch
np_data = np.random.randn(100, 3)
tensor_data = torch.from_numpy(np_data).float()
print(tensor_data.shape) # torch.Size([100, 3])

y = tensor_data.mean(dim=0)
y_np = y.detach().cpu().numpy()
