class TrainingError(Exception):
    pass
raise TrainingError('loss is nan')
