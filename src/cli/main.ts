// The `shapewise` command line: check | shapes | run | --stdio. Filled in next.
console.log('shapewise');
