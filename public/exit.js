// Leaves for a neutral site when there is a connection; offline this blank page stays.
if (navigator.onLine) location.replace('https://www.bbc.co.uk/weather');
