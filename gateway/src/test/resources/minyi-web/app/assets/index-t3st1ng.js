console.log("minyi test asset");
