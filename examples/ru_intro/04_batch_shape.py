# NumPy для начинающих в глубоком обучении — Пример: пакет изображений
# From the tutorial ../shared/seeds/001 (Russian).
batch_size = 32
# черно‑белые изображения 28x28
shape = (batch_size, 28, 28)
