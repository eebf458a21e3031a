import warnings
warnings.simplefilter("error")
async def job(): pass
leftover = job()
